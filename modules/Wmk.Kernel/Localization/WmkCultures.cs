using System.Globalization;

namespace Wmk.Kernel.Localization;

/// <summary>The cultures the platform speaks: Dutch (Belgium) first, English second.</summary>
public static class WmkCultures
{
    /// <summary>nl-BE.</summary>
    public static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-BE");

    /// <summary>en.</summary>
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>All supported cultures, default first.</summary>
    public static readonly IReadOnlyList<CultureInfo> Supported = [Dutch, English];

    /// <summary>The organisations' time zone.</summary>
    public static readonly TimeZoneInfo Brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    /// <summary>Today in Brussels according to the given clock.</summary>
    public static DateOnly Today(this TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Brussels).DateTime);

    /// <summary>Now in Brussels according to the given clock.</summary>
    public static DateTimeOffset NowInBrussels(this TimeProvider clock) => TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Brussels);
}
