package vn.hailong.api;

import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Prints where everything is once the server listens, so that a newcomer knows what to open. */
@Singleton
class Welcome {
  private static final Logger LOG = LoggerFactory.getLogger(Welcome.class);
  private final String publicUrl;

  Welcome(@Value("${hailong.public-url}") String publicUrl) {
    this.publicUrl = publicUrl;
  }

  @EventListener
  void onStarted(ServerStartupEvent event) {
    LOG.info(
        """

            Hài Lòng is running.
              Kiosk (after setup):   {}/kiosk/
              Web form (QR code):    {}/form/?unit=khanh-hoa.p-bac-nha-trang
              Units:                 {}/api/v1/units?on=today's date
              Questionnaire:         {}/api/v1/questionnaire
              Log in:                POST {}/api/v1/login (user admin)""",
        publicUrl, publicUrl, publicUrl, publicUrl, publicUrl);
  }
}
