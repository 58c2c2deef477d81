using Wmk.Documents.Features.Generate;
using Wmk.Documents.Features.Templates;

namespace Wmk.Documents.Tests;

public sealed class RulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    [Theory]
    [InlineData("../contract.docx", "Upload:Path")]
    [InlineData("C:\\temp\\contract.docx", "Upload:Path")]
    [InlineData("map/contract.docx", "Upload:Path")]
    [InlineData("contract.exe", "Upload:Extension")]
    [InlineData("", "Upload:FileName")]
    public void A_file_name_with_a_path_or_a_wrong_extension_is_refused(string name, string key) =>
        UploadRules.CheckFile(name, 10, 100).Select(e => e.Key).ShouldBe([key]);

    [Fact]
    public void Size_and_format_of_a_new_version_are_checked()
    {
        UploadRules.CheckFile("a.docx", 101, 100).Select(e => e.Key).ShouldBe(["Upload:TooLarge"]);
        UploadRules.CheckFile("a.docx", 0, 100).Select(e => e.Key).ShouldBe(["Upload:Empty"]);
        UploadRules.CheckFile("a.html", 10, 100, TemplateFormat.Docx).Select(e => e.Key).ShouldBe(["Upload:SameFormat"]);
        UploadRules.CheckFile("Huurovereenkomst v2.docx", 100, 100, TemplateFormat.Docx).ShouldBeEmpty();
    }

    [Fact]
    public void Registered_mail_needs_a_tracking_number_and_only_letters_record_sending()
    {
        SendingRules.Check("TerminationLetter", new SendingInput(true, true, "rr 1234 5678 be", null), Today, Today).ShouldBeEmpty();
        SendingRules.Tracking("rr 1234 5678 be").ShouldBe("RR12345678BE");
        SendingRules.Check("TerminationLetter", new SendingInput(false, true, null, null), Today, Today).Select(e => e.Key).ShouldBe(["Sending:Tracking"]);
        SendingRules.Check("TerminationLetter", new SendingInput(false, false, null, null), Today.AddDays(1), Today).Select(e => e.Key)
            .ShouldBe(["Sending:NoWay", "Sending:Future"]);
        SendingRules.Check("RentalContract", new SendingInput(true, false, null, null), Today, Today).Select(e => e.Key).ShouldBe(["Sending:NotLetter"]);
    }
}
