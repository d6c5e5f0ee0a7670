package vn.hailong.api;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hailong.analysis.VietnamTime;
import vn.hailong.api.support.PublicUrl;

/** Prints where everything is once the server listens, so that a newcomer knows what to open. */
@Singleton
class Welcome {
  private static final Logger LOG = LoggerFactory.getLogger(Welcome.class);
  private final PublicUrl publicUrl;
  private final Clock clock;

  Welcome(PublicUrl publicUrl, Clock clock) {
    this.publicUrl = publicUrl;
    this.clock = clock;
  }

  @EventListener
  void onStarted(ServerStartupEvent event) {
    String publicUrl = this.publicUrl.get();
    LOG.info(
        """

            Hài Lòng is running.
              Dashboard (log in):    {}/dashboard/
              Kiosk (after setup):   {}/kiosk/
              Web form (QR code):    {}/form/?unit=khanh-hoa.p-bac-nha-trang
              QR code of that form:  {}/api/v1/units/khanh-hoa.p-bac-nha-trang/qr.png
              Units valid today:     {}/api/v1/units?on={}
              Questionnaire:         {}/api/v1/questionnaire
              Analysis (log in):     POST {}/api/v1/login as admin, then
                                     {}/api/v1/analysis/satisfaction?unit=khanh-hoa""",
        publicUrl,
        publicUrl,
        publicUrl,
        publicUrl,
        publicUrl,
        VietnamTime.localDate(clock.instant()),
        publicUrl,
        publicUrl,
        publicUrl);
  }
}
