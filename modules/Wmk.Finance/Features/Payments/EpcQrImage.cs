using QRCoder;

namespace Wmk.Finance.Features.Payments;

/// <summary>Draws an EPC QR payload as a PNG data URI (error correction level M, UTF-8, as EPC069-12 asks).</summary>
internal static class EpcQrImage
{
    public static string DataUri(string payload)
    {
        using var data = QRCodeGenerator.GenerateQrCode(payload, QRCodeGenerator.ECCLevel.M, forceUtf8: true);
        return "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(5));
    }
}
