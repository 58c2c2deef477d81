namespace Wmk.Kernel.Emailing;

/// <summary>How the SMTP connection is secured (the value of <see cref="EmailSettingNames.SmtpSecurity"/>).</summary>
public enum SmtpSecurityMode
{
    /// <summary>Plain text (only for a relay on the same machine or network).</summary>
    None,

    /// <summary>Upgrade with STARTTLS; fails when the server does not offer it.</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect,
}
