using MimeKit;

namespace Wmk.Kernel.Emailing;

/// <summary>
/// Writes each message as an .eml file into a folder (the embedded default when no SMTP server is configured).
/// The file appears under its final name only once complete.
/// </summary>
internal sealed class PickupFolderEmailTransport(string folder, TimeProvider clock) : IEmailTransport
{
    /// <summary>The embedded default folder.</summary>
    public const string DefaultFolder = "./data/mail-pickup";

    public string Folder { get; } = Path.GetFullPath(folder);

    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        Directory.CreateDirectory(Folder);
        var name = $"{clock.GetUtcNow():yyyyMMdd'T'HHmmssfff}-{Guid.NewGuid():N}";
        var partial = Path.Combine(Folder, name + ".tmp");
        await using (var stream = File.Create(partial))
        {
            await message.WriteToAsync(stream, ct);
        }

        File.Move(partial, Path.Combine(Folder, name + ".eml"));
    }
}
