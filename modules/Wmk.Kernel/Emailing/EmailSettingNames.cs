using Wmk.Kernel.Modularity;

namespace Wmk.Kernel.Emailing;

/// <summary>The e-mail settings (per tenant, else the host's "Settings:&lt;name&gt;" configuration, else the default).</summary>
public static class EmailSettingNames
{
    /// <summary>SMTP server; empty on every level means the pickup folder.</summary>
    public const string SmtpHost = "Email.Smtp.Host";

    /// <summary>SMTP port.</summary>
    public const string SmtpPort = "Email.Smtp.Port";

    /// <summary>None, StartTls or SslOnConnect.</summary>
    public const string SmtpSecurity = "Email.Smtp.Security";

    /// <summary>SMTP account; empty means no authentication.</summary>
    public const string SmtpUserName = "Email.Smtp.UserName";

    /// <summary>SMTP password (secret: stored encrypted).</summary>
    public const string SmtpPassword = "Email.Smtp.Password";

    /// <summary>The sender's address.</summary>
    public const string FromAddress = "Email.FromAddress";

    /// <summary>The sender's display name.</summary>
    public const string FromName = "Email.FromName";

    /// <summary>Declares the settings; the host's core module calls this from its Define.</summary>
    public static void Define(ModuleDefinitions definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        definitions.Setting(SmtpHost, null);
        definitions.Setting(SmtpPort, "587");
        definitions.Setting(SmtpSecurity, nameof(SmtpSecurityMode.StartTls));
        definitions.Setting(SmtpUserName, null);
        definitions.Setting(SmtpPassword, null, isSecret: true);
        definitions.Setting(FromAddress, "no-reply@localhost");
        definitions.Setting(FromName, "Wmk");
    }
}
