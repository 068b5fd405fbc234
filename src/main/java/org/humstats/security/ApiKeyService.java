package org.humstats.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.humstats.common.HumStatsConfig;
import org.humstats.common.ProblemException;
import org.jboss.logging.Logger;

@ApplicationScoped
@Transactional
class ApiKeyService {

    private static final Logger LOG = Logger.getLogger(ApiKeyService.class);
    static final String BOOTSTRAP_NAME = "bootstrap admin (HUMSTATS_ADMIN_KEY)";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    HumStatsConfig config;

    @Inject
    Caller caller;

    /** A key as listed: never the key itself. */
    public record KeyView(UUID id, String name, Role role, String keyPrefix, Instant createdAt, Instant revokedAt) {
        static KeyView of(ApiKey k) {
            return new KeyView(k.id, k.name, k.role, k.keyPrefix, k.createdAt, k.revokedAt);
        }
    }

    /** The answer to creating a key: the only time the key is shown. */
    public record NewKey(UUID id, String name, Role role, String key, Instant createdAt) {
    }

    /**
     * The environment's admin key is kept as an ordinary (hashed) key row, so figures can name it in
     * created_by; when the variable changes, the previous bootstrap key stops working.
     */
    void bootstrap(@Observes StartupEvent event) {
        String key = config.adminKey().map(String::trim).orElse("");
        String hash = key.isEmpty() ? null : hash(key);
        List<ApiKey> previous = ApiKey.list("name = ?1 and revokedAt is null", BOOTSTRAP_NAME);
        for (ApiKey k : previous) {
            if (!k.keyHash.equals(hash)) {
                k.revokedAt = Instant.now();
            }
        }
        if (hash != null && previous.stream().noneMatch(k -> k.keyHash.equals(hash))) {
            ApiKey existing = ApiKey.find("keyHash", hash).firstResult();
            if (existing == null) {
                persistKey(BOOTSTRAP_NAME, Role.ADMIN, key, null);
                LOG.info("Admin key from HUMSTATS_ADMIN_KEY is active");
            } else {
                existing.revokedAt = null;
            }
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ApiKey> authenticate(String key) {
        return Optional.ofNullable(ApiKey.findActiveByHash(hash(key)));
    }

    public NewKey create(String name, Role role) {
        String key = "hs_" + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
        ApiKey k = persistKey(name, role, key, caller.keyId());
        return new NewKey(k.id, k.name, k.role, key, k.createdAt);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<KeyView> list() {
        return ApiKey.<ApiKey>list("order by createdAt, id").stream().map(KeyView::of).toList();
    }

    public KeyView revoke(UUID id) {
        ApiKey k = ApiKey.findById(id);
        if (k == null) {
            throw ProblemException.notFound("API key", id.toString());
        }
        if (k.id.equals(caller.keyId())) {
            throw ProblemException.conflict("A key cannot revoke itself; use another admin key.");
        }
        if (k.revokedAt == null) {
            k.revokedAt = Instant.now();
        }
        return KeyView.of(k);
    }

    private ApiKey persistKey(String name, Role role, String key, UUID createdBy) {
        ApiKey k = new ApiKey();
        k.id = UUID.randomUUID();
        k.name = name;
        k.role = role;
        k.keyHash = hash(key);
        k.keyPrefix = key.substring(0, Math.min(7, key.length()));
        k.createdAt = Instant.now();
        k.createdBy = createdBy;
        k.persist();
        return k;
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** Keys are long random strings, so a plain SHA-256 is enough to make a leaked table useless. */
    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
