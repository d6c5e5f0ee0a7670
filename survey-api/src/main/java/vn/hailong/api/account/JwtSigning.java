package vn.hailong.api.account;

import com.nimbusds.jose.JWSAlgorithm;
import io.micronaut.context.annotation.Factory;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signs officers' tokens with HS256. The secret comes from HAILONG_JWT_SECRET; without one a random
 * secret is drawn at start, which is safe but logs everyone out on restart.
 */
@Factory
class JwtSigning {
  private static final Logger LOG = LoggerFactory.getLogger(JwtSigning.class);

  @Singleton
  @Named("generator")
  // typed as the interface: the SecretSignature class carries @EachBean, which would bind this
  // bean to configuration entries that do not exist
  SignatureGeneratorConfiguration signature(AccountSettings settings) {
    String key = settings.jwtSecret();
    if (key.isBlank()) {
      byte[] bytes = new byte[32];
      new SecureRandom().nextBytes(bytes);
      key = Base64.getEncoder().encodeToString(bytes);
      LOG.info("HAILONG_JWT_SECRET is not set: using a random signing secret for this run");
    }
    var configuration = new SecretSignatureConfiguration("generator");
    configuration.setSecret(key);
    configuration.setJwsAlgorithm(JWSAlgorithm.HS256);
    return new SecretSignature(configuration);
  }
}
