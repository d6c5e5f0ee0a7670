package vn.hailong.api.kiosk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.hailong.analysis.VietnamTime;
import vn.hailong.api.account.Scope;
import vn.hailong.api.problem.Problem;
import vn.hailong.api.unit.Unit;
import vn.hailong.api.unit.UnitDirectory;

@Controller("/api/v1/kiosks")
@Secured({"ADMIN", "OFFICER"})
@ExecuteOn(TaskExecutors.BLOCKING)
public class KioskController {
  private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9.-]{1,59}");

  private final KioskRegistrations registrations;
  private final UnitDirectory units;
  private final Clock clock;

  KioskController(KioskRegistrations registrations, UnitDirectory units, Clock clock) {
    this.registrations = registrations;
    this.units = units;
    this.clock = clock;
  }

  @Serdeable
  public record Registration(@Nullable String code, @Nullable String unitCode) {}

  /** The token appears here once; the setup URL carries it in the fragment, which no server logs. */
  @Serdeable
  public record Registered(String code, String unitCode, String token, String setupUrl) {}

  @Post
  public HttpResponse<Registered> register(@Body Registration body, Authentication officer) {
    List<String> errors = new ArrayList<>();
    if (body.code() == null || !CODE.matcher(body.code()).matches()) {
      errors.add("code: 2-60 chữ thường, số, '.' hoặc '-' / 2-60 lower-case letters, digits, '.' or '-'");
    } else if (registrations.exists(body.code())) {
      errors.add("code: đã có kiosk mã này / a kiosk with this code exists: " + body.code());
    }
    Unit unit = null;
    if (body.unitCode() == null) {
      errors.add("unitCode: bắt buộc / required");
    } else {
      unit = units.tree().byCode(body.unitCode()).orElse(null);
      if (unit == null) {
        errors.add("unitCode: không có đơn vị mã / no unit with code '" + body.unitCode() + "'");
      } else if (!unit.validOn(VietnamTime.localDate(clock.instant()))) {
        errors.add("unitCode: đơn vị không còn hoạt động hôm nay / the unit is not valid today");
      }
    }
    if (!errors.isEmpty()) {
      throw Problem.badRequest(errors);
    }
    Scope.of(officer).require(unit);
    KioskRegistrations.Registration registered = registrations.register(body.code(), unit, officer.getName());
    return HttpResponse.created(
        new Registered(registered.code(), registered.unitCode(), registered.token(), registered.setupUrl()));
  }
}
