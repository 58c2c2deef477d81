using System.Collections.Concurrent;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Wmk.Kernel.Data;

/// <summary>
/// The migrations of a module assembly, read from its metadata: which types carry <c>[Migration("id")]</c> and
/// <c>[DbContext(typeof(X))]</c>. Reading metadata loads no type; EF Core's own discovery loads every type of the
/// assembly (pages, endpoints, records, ...) to find a handful of migrations, which was most of the start-up's
/// pending-migrations check.
/// </summary>
internal static class MigrationIndex
{
    private const string MigrationsNamespace = "Microsoft.EntityFrameworkCore.Migrations";
    private const string InfrastructureNamespace = "Microsoft.EntityFrameworkCore.Infrastructure";

    private static readonly ConcurrentDictionary<Assembly, ILookup<string, (string Id, string TypeName)>?> Cache = new();

    /// <summary>
    /// Migration id and type name of every migration of <paramref name="contextType"/> in <paramref name="assembly"/>,
    /// or <c>null</c> when the assembly has no file to read (then EF Core's own discovery is used).
    /// </summary>
    public static IEnumerable<(string Id, string TypeName)>? For(Assembly assembly, Type contextType) =>
        Cache.GetOrAdd(assembly, Read)?[contextType.FullName ?? contextType.Name];

    private static ILookup<string, (string Id, string TypeName)>? Read(Assembly assembly)
    {
        if (assembly.IsDynamic || string.IsNullOrEmpty(assembly.Location) || !File.Exists(assembly.Location))
        {
            return null;
        }

        using var pe = new PEReader(File.OpenRead(assembly.Location));
        var reader = pe.GetMetadataReader();
        var found = new List<(string Context, string Id, string TypeName)>();
        foreach (var handle in reader.TypeDefinitions)
        {
            var type = reader.GetTypeDefinition(handle);
            if ((type.Attributes & TypeAttributes.Abstract) == 0 && Describe(reader, type) is { } migration)
            {
                found.Add((migration.Context, migration.Id, FullName(reader, type)));
            }
        }

        return found.ToLookup(f => f.Context, f => (f.Id, f.TypeName));
    }

    // The name Assembly.GetType takes: namespace-qualified, nested types after their declaring type with '+'.
    private static string FullName(MetadataReader reader, TypeDefinition type)
    {
        var name = reader.GetString(type.Name);
        var declaring = type.GetDeclaringType();
        if (!declaring.IsNil)
        {
            return FullName(reader, reader.GetTypeDefinition(declaring)) + "+" + name;
        }

        var ns = reader.GetString(type.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }

    private static (string Context, string Id)? Describe(MetadataReader reader, TypeDefinition type)
    {
        string? id = null, context = null;
        foreach (var attributeHandle in type.GetCustomAttributes())
        {
            var attribute = reader.GetCustomAttribute(attributeHandle);
            switch (AttributeName(reader, attribute))
            {
                case (MigrationsNamespace, "MigrationAttribute"):
                    id = attribute.DecodeValue(NameProvider.Instance).FixedArguments[0].Value as string;
                    break;
                case (InfrastructureNamespace, "DbContextAttribute"):
                    context = attribute.DecodeValue(NameProvider.Instance).FixedArguments[0].Value as string;
                    break;
            }
        }

        return id is null || context is null ? null : (StripAssembly(context), id);
    }

    private static (string Namespace, string Name) AttributeName(MetadataReader reader, CustomAttribute attribute)
    {
        if (attribute.Constructor.Kind != HandleKind.MemberReference)
        {
            return (string.Empty, string.Empty);
        }

        var parent = reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent;
        if (parent.Kind != HandleKind.TypeReference)
        {
            return (string.Empty, string.Empty);
        }

        var reference = reader.GetTypeReference((TypeReferenceHandle)parent);
        return (reader.GetString(reference.Namespace), reader.GetString(reference.Name));
    }

    // A typeof() argument is stored as a serialised name, assembly-qualified when the type lives elsewhere.
    private static string StripAssembly(string serialisedName)
    {
        var comma = serialisedName.IndexOf(',', StringComparison.Ordinal);
        return comma < 0 ? serialisedName : serialisedName[..comma].Trim();
    }

    /// <summary>Decodes attribute arguments to type names only; the two attributes read here take a string or a type.</summary>
    private sealed class NameProvider : ICustomAttributeTypeProvider<string>
    {
        public static readonly NameProvider Instance = new();

        public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode.ToString();

        public string GetSystemType() => "System.Type";

        public string GetSZArrayType(string elementType) => elementType + "[]";

        public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind)
        {
            var definition = reader.GetTypeDefinition(handle);
            return reader.GetString(definition.Namespace) + "." + reader.GetString(definition.Name);
        }

        public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind)
        {
            var reference = reader.GetTypeReference(handle);
            return reader.GetString(reference.Namespace) + "." + reader.GetString(reference.Name);
        }

        public string GetTypeFromSerializedName(string name) => name;

        public PrimitiveTypeCode GetUnderlyingEnumType(string type) => PrimitiveTypeCode.Int32;

        public bool IsSystemType(string type) => type == "System.Type";
    }
}
