package vn.hailong.api.kiosk;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import vn.hailong.api.account.Scope;
import vn.hailong.api.kiosk.KioskService.KioskView;
import vn.hailong.api.kiosk.KioskService.Registered;
import vn.hailong.api.unit.Unit;
import vn.hailong.api.unit.UnitDirectory;

/** Kiosks for admins, and for officers within their subtree; planners get 403. */
@Controller("/api/v1/kiosks")
@Secured({"ADMIN", "OFFICER"})
@ExecuteOn(TaskExecutors.BLOCKING)
public class KioskController {
  private final KioskService kiosks;
  private final UnitDirectory units;

  KioskController(KioskService kiosks, UnitDirectory units) {
    this.kiosks = kiosks;
    this.units = units;
  }

  @Serdeable
  public record Registration(@Nullable String code, @Nullable String unitCode) {}

  // an empty list is still a list: a page reads its length
  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record KioskList(String unitCode, String unitName, List<KioskView> kiosks) {}

  /** The kiosks of a unit's subtree (by default the caller's unit, or the province). */
  @Get
  public KioskList list(@QueryValue @Nullable String unit, Authentication who) {
    Scope scope = Scope.of(who);
    Unit top = scope.top(units.tree(), "unit", unit);
    return new KioskList(top.code(), top.name(), kiosks.list(top, scope));
  }

  @Post
  public HttpResponse<Registered> register(@Body Registration body, Authentication officer) {
    return HttpResponse.created(kiosks.register(body.code(), body.unitCode(), Scope.of(officer)));
  }

  @Post("/{code}/revoke")
  public KioskView revoke(String code, Authentication who) {
    return kiosks.revoke(code, Scope.of(who));
  }

  /** A new token and setup link (with its QR code), shown in this answer only. */
  @Post("/{code}/setup-link")
  public HttpResponse<Registered> renew(String code, Authentication who) {
    return HttpResponse.created(kiosks.renew(code, Scope.of(who)));
  }

  @Serdeable
  public record Repoint(@Nullable String fromUnitCode, @Nullable String toUnitCode) {}

  /** Every kiosk of an ended unit to one of its successors, in one action (admins). */
  @Post("/repoint")
  public KioskService.Repointed repoint(@Body Repoint body, Authentication who) {
    return kiosks.repoint(body.fromUnitCode(), body.toUnitCode(), Scope.of(who));
  }
}
