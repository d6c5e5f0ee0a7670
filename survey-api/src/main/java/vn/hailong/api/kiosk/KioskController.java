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
import vn.hailong.api.account.Scope;
import vn.hailong.api.kiosk.KioskService.Registered;

@Controller("/api/v1/kiosks")
@Secured({"ADMIN", "OFFICER"})
@ExecuteOn(TaskExecutors.BLOCKING)
public class KioskController {
  private final KioskService kiosks;

  KioskController(KioskService kiosks) {
    this.kiosks = kiosks;
  }

  @Serdeable
  public record Registration(@Nullable String code, @Nullable String unitCode) {}

  @Post
  public HttpResponse<Registered> register(@Body Registration body, Authentication officer) {
    return HttpResponse.created(kiosks.register(body.code(), body.unitCode(), Scope.of(officer)));
  }
}
