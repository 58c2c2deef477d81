#!/usr/bin/env bash
# Regenerates a module's EF Core migrations for both engines.
# usage: build/migrations.sh <ProjectDir> <ContextPrefix> <MigrationName> [--reset]
#   e.g. build/migrations.sh modules/Wmk.Kernel Kernel Initial --reset
# --reset deletes the module's existing migrations first (only before the first release).
set -euo pipefail
cd "$(dirname "$0")/.."
project=$1 prefix=$2 name=$3
dotnet tool restore >/dev/null
if [ "${4:-}" = "--reset" ]; then rm -rf "$project/Migrations"; fi
dotnet build host/Wmk.Host -v q -nologo >/dev/null
for engine in Sqlite PostgreSql; do
  dotnet ef migrations add "$name" --no-build --project "$project" --startup-project host/Wmk.Host \
    --context "${prefix}${engine}DbContext" --output-dir "Migrations/$engine"
done
