namespace Wmk.Kernel.Emailing;

/// <summary>
/// An e-mail to send for the current tenant. Addresses are RFC 5322 mailboxes ("a@b.be" or "Name &lt;a@b.be&gt;");
/// the sender (From) comes from the tenant's settings. Plain data, so the outbox can store it as JSON.
/// </summary>
public sealed record EmailMessage(
    IReadOnlyList<string> To,
    string Subject,
    string HtmlBody,
    string? TextBody = null,
    IReadOnlyList<string>? Cc = null,
    string? ReplyTo = null);
