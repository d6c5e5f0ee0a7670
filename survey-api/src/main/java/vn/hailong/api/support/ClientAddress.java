package vn.hailong.api.support;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The address a request comes from, for rate limits and login throttles. Forwarding headers are
 * written by whoever sends the request, so they are believed only when the connection itself comes
 * from one of the configured proxies (HAILONG_TRUSTED_PROXIES): then the client is the right-most
 * address in X-Forwarded-For that is not one of those proxies. Otherwise, and by default, the
 * client is the connection's own address, whatever the headers say.
 */
@Singleton
public class ClientAddress {
  private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");
  private final Set<String> trusted;

  ClientAddress(WebSettings settings) {
    this.trusted =
        Arrays.stream(settings.trustedProxies().split(","))
            .map(String::strip)
            .filter(address -> !address.isEmpty())
            .map(ClientAddress::normalised)
            .collect(Collectors.toUnmodifiableSet());
  }

  public String of(HttpRequest<?> request) {
    // getHostAddress() already spells an address the way normalised() does
    String peer = request.getRemoteAddress().getAddress().getHostAddress();
    if (!trusted.contains(peer)) {
      return peer;
    }
    List<String> hops =
        request.getHeaders().getAll("X-Forwarded-For").stream()
            .flatMap(header -> Arrays.stream(header.split(",")))
            .map(String::strip)
            .filter(hop -> !hop.isEmpty())
            .toList();
    for (int i = hops.size() - 1; i >= 0; i--) {
      String hop = normalised(hops.get(i));
      if (!trusted.contains(hop)) {
        return hop;
      }
    }
    return peer; // only proxies in the chain: the request began at a proxy
  }

  /** One spelling per address ("::1" and "0:0:0:0:0:0:0:1"); anything else is kept as sent. */
  private static String normalised(String address) {
    if (!LITERAL.matcher(address).matches()) {
      return address;
    }
    try {
      return InetAddress.getByName(address).getHostAddress(); // a literal: no name lookup
    } catch (UnknownHostException e) {
      return address;
    }
  }
}
