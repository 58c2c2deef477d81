using Microsoft.EntityFrameworkCore;
using Wmk.Kernel.Templating;

namespace Wmk.Kernel.Tests.Templating;

public sealed class TextTemplateOverrideModelTests
{
    private sealed class Row
    {
        public int Id { get; set; }

        public string? Culture { get; set; }
    }

    [Fact]
    public void The_written_out_nulls_distinct_annotation_is_the_one_Npgsql_sets()
    {
        var model = new ModelBuilder();
        model.Entity<Row>().HasIndex(r => r.Culture).AreNullsDistinct(false);

        var annotations = model.Model.FindEntityType(typeof(Row))!.GetIndexes().Single().GetAnnotations().ToList();
        annotations.Count.ShouldBe(1);
        annotations[0].Name.ShouldBe(TextTemplateOverrideConfiguration.NullsDistinctAnnotation);
        annotations[0].Value.ShouldBe(false);
    }
}
