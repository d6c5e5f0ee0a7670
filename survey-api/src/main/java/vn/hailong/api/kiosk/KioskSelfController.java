package vn.hailong.api.kiosk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import vn.hailong.api.problem.Problem;
import vn.hailong.api.unit.Unit;
import vn.hailong.api.unit.UnitDirectory;

/**
 * A kiosk asks which unit it serves now. Its setup link named a unit once; an admin may since have
 * re-pointed it to a successor after a reorganisation, and a kiosk left on the old code would have
 * every rating after the end refused (docs/kiosk.md, "After a reorganisation").
 */
@Controller("/api/v1/kiosks/me")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class KioskSelfController {
  private final KioskAuthenticator kiosks;
  private final UnitDirectory units;

  KioskSelfController(KioskAuthenticator kiosks, UnitDirectory units) {
    this.kiosks = kiosks;
    this.units = units;
  }

  @Serdeable
  public record Self(String code, String unitCode, String unitName) {}

  @Get
  public Self show(@Header(HttpHeaders.AUTHORIZATION) @Nullable String authorization) {
    Kiosk kiosk =
        kiosks
            .authenticate(authorization)
            .orElseThrow(
                () -> Problem.unauthorized("Cần mã kiosk hợp lệ / A valid kiosk token is needed"));
    Unit unit = units.tree().byId(kiosk.unitId());
    return new Self(kiosk.code(), unit.code(), unit.name());
  }
}
