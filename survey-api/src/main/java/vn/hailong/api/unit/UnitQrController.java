package vn.hailong.api.unit;

import com.google.zxing.common.BitMatrix;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import vn.hailong.analysis.VietnamTime;
import vn.hailong.api.problem.FieldProblem;
import vn.hailong.api.problem.Problem;
import vn.hailong.api.support.PublicUrl;
import vn.hailong.api.support.QrCodes;

/**
 * The QR code printed on a unit's receipt slips: it opens the web form for that unit, {@code
 * <hailong.web.public-url>/form/?unit=<code>}. Only units valid today have one.
 */
@Controller("/api/v1/units/{code}")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class UnitQrController {
  static final int MIN_SIZE = 128;
  static final int MAX_SIZE = 2048;
  static final int DEFAULT_SIZE = 512;

  private final UnitDirectory directory;
  private final Clock clock;
  private final PublicUrl publicUrl;

  UnitQrController(UnitDirectory directory, Clock clock, PublicUrl publicUrl) {
    this.directory = directory;
    this.clock = clock;
    this.publicUrl = publicUrl;
  }

  @Get(uri = "/qr.png", produces = "image/png")
  public HttpResponse<byte[]> png(String code, @QueryValue @Nullable Integer size) {
    int pixels = checkedSize(size);
    return cached(QrCodes.png(formUrl(code), pixels));
  }

  @Get(uri = "/qr.svg", produces = "image/svg+xml")
  public HttpResponse<byte[]> svg(String code, @QueryValue @Nullable Integer size) {
    int pixels = checkedSize(size);
    // size 0 gives one matrix cell per module; the SVG scales it without blur
    BitMatrix matrix = QrCodes.encode(formUrl(code), 0);
    return cached(svg(matrix, pixels).getBytes(StandardCharsets.UTF_8));
  }

  /** The address of the unit's web form, for a unit valid today. */
  String formUrl(String code) {
    UnitTree tree = directory.tree();
    Unit unit = tree.require(code);
    LocalDate today = VietnamTime.localDate(clock.instant());
    if (!unit.validOn(today)) {
      throw Problem.notFound(tree.notValid("code", unit, today).toString());
    }
    return publicUrl.get()
        + "/form/?unit="
        + URLEncoder.encode(unit.code(), StandardCharsets.UTF_8);
  }

  private static int checkedSize(@Nullable Integer size) {
    if (size == null) {
      return DEFAULT_SIZE;
    }
    if (size < MIN_SIZE || size > MAX_SIZE) {
      throw Problem.invalid(FieldProblem.outOfRange("size", size, MIN_SIZE, MAX_SIZE));
    }
    return size;
  }

  private static String svg(BitMatrix matrix, int pixels) {
    int width = matrix.getWidth();
    int height = matrix.getHeight();
    var path = new StringBuilder();
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        if (matrix.get(x, y)) {
          path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
        }
      }
    }
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\""
        + pixels
        + "\" height=\""
        + pixels
        + "\" viewBox=\"0 0 "
        + width
        + " "
        + height
        + "\" shape-rendering=\"crispEdges\">"
        + "<rect width=\""
        + width
        + "\" height=\""
        + height
        + "\" fill=\"#fff\"/>"
        + "<path fill=\"#000\" d=\""
        + path
        + "\"/></svg>\n";
  }

  private static HttpResponse<byte[]> cached(byte[] body) {
    return HttpResponse.ok(body).header("Cache-Control", "public, max-age=3600");
  }
}
