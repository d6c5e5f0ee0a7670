package vn.hailong.api.support;

import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;

/**
 * The address citizens and kiosks reach the platform at, for setup links and QR codes:
 * HAILONG_PUBLIC_URL behind a proxy, otherwise this server's own address.
 */
@Singleton
public class PublicUrl {
  private final String configured;
  private final Provider<EmbeddedServer> server;

  PublicUrl(WebSettings settings, Provider<EmbeddedServer> server) {
    this.configured = settings.publicUrl();
    this.server = server;
  }

  /** Without a trailing slash, e.g. {@code https://hailong.khanhhoa.gov.vn}. */
  public String get() {
    String url = configured.isEmpty() ? server.get().getURL().toString() : configured;
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
