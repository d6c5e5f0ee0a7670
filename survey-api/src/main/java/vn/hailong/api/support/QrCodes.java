package vn.hailong.api.support;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;

/** QR codes of addresses (ZXing): receipt slips' web form links and kiosks' setup links. */
public final class QrCodes {
  // a printed slip gets creased and smudged: level M restores up to 15% of the code
  private static final Map<EncodeHintType, Object> HINTS =
      Map.of(
          EncodeHintType.ERROR_CORRECTION,
          ErrorCorrectionLevel.M,
          EncodeHintType.CHARACTER_SET,
          "UTF-8",
          EncodeHintType.MARGIN,
          4);

  private QrCodes() {}

  /** The modules of the code; {@code pixels} 0 gives one matrix cell per module. */
  public static BitMatrix encode(String text, int pixels) {
    try {
      return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, pixels, pixels, HINTS);
    } catch (WriterException e) {
      throw new IllegalStateException("An address of this server always fits in a QR code", e);
    }
  }

  public static byte[] png(String text, int pixels) {
    var png = new ByteArrayOutputStream();
    try {
      MatrixToImageWriter.writeToStream(encode(text, pixels), "PNG", png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return png.toByteArray();
  }

  /** A PNG as a data: address, for an answer that must not put its text in any URL. */
  public static String pngDataUri(String text, int pixels) {
    return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(text, pixels));
  }
}
