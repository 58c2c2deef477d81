using Wmk.Kernel.Data;

namespace Wmk.Accounts.Domain;

/// <summary>An RSA key of the authorization server, protected with DataProtection, so tokens survive restarts.</summary>
[SharedData("The authorization server's keys serve every tenant")]
internal sealed class SigningKey
{
    public const string Signing = "sig";
    public const string Encryption = "enc";

    public Guid Id { get; set; } = Guid.NewGuid();

    public required string Use { get; set; }

    public required string ProtectedKey { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
