package vn.hailong.api.support;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.util.Map;

/** Reads back the QR codes the application draws. */
public final class QrImages {
  private QrImages() {}

  /**
   * The text of a generated (not photographed) QR code. Read as a pure code: ZXing's camera-image
   * detector misplaces the finder patterns of about 1 in 200 random kiosk setup addresses, a
   * failure of the test's reader, not of the code (the pure read decodes every one of them).
   */
  public static String decode(BufferedImage image) throws Exception {
    var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
    return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, true)).getText();
  }
}
