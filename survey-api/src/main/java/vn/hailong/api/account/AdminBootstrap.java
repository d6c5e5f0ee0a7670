package vn.hailong.api.account;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates the first admin on an empty database, so that a fresh install can be logged into. */
@Singleton
class AdminBootstrap {
  private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);
  private final AccountService accounts;
  private final String configuredPassword;

  AdminBootstrap(AccountService accounts, AccountSettings settings) {
    this.accounts = accounts;
    this.configuredPassword = settings.adminPassword();
  }

  @EventListener
  void onStartup(StartupEvent event) {
    if (!accounts.none()) {
      return;
    }
    boolean generated = configuredPassword.isBlank();
    String password = generated ? randomPassword() : configuredPassword;
    accounts.createFirstAdmin(password);
    if (generated) {
      LOG.warn(
          "Created account 'admin' with password {} (shown once; set HAILONG_ADMIN_PASSWORD to choose it)",
          password);
    } else {
      LOG.info("Created account 'admin' with the password from HAILONG_ADMIN_PASSWORD");
    }
  }

  private static String randomPassword() {
    byte[] bytes = new byte[12];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
