using System.Globalization;

namespace Wmk.Kernel.Emailing;

/// <summary>Sends e-mail whose subject and body are templates ("&lt;name&gt;.Subject", "&lt;name&gt;.Body").</summary>
public interface ITemplatedEmailSender
{
    /// <summary>
    /// Renders "<paramref name="templateName"/>.Subject" and ".Body" (HTML; a ".Text" template, when registered,
    /// gives the plain-text part) for the current tenant and queues the mail.
    /// </summary>
    Task SendAsync(string templateName, object model, IReadOnlyList<string> to, CultureInfo? culture = null,
        CancellationToken cancellationToken = default);
}
