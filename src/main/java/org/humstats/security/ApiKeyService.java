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
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.humstats.common.HumStatsConfig;
import org.humstats.common.Problem;
import org.humstats.common.ProblemException;
import org.jboss.logging.Logger;

@ApplicationScoped
@Transactional
class ApiKeyService {

    private static final Logger LOG = Logger.getLogger(ApiKeyService.class);
    static final String BOOTSTRAP_NAME = "bootstrap admin (HUMSTATS_ADMIN_KEY)";
    /** What a bootstrap key lists as its prefix: no character of the secret itself. */
    static final String BOOTSTRAP_PREFIX = "env";
    /** A shorter secret can be guessed; 32 characters of base64 carry 192 bits. */
    static final int MIN_BOOTSTRAP_LENGTH = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    HumStatsConfig config;

    @Inject
    Caller caller;

    /** A key as listed: never the key itself. {@code created_by} is null for the bootstrap key. */
    public record KeyView(UUID id, String name, Role role, String keyPrefix, Instant createdAt, UUID createdBy,
                          Instant expiresAt, Instant revokedAt) {
        static KeyView of(ApiKey k) {
            return new KeyView(k.id, k.name, k.role, k.keyPrefix, k.createdAt, k.createdBy, k.expiresAt, k.revokedAt);
        }
    }

    /** The answer to creating a key: the only time the key is shown. */
    public record NewKey(UUID id, String name, Role role, String key, Instant createdAt, Instant expiresAt) {
    }

    /** What a presented key is worth: the key when it may be used, otherwise why not, in words for its holder. */
    record KeyCheck(ApiKey key, String refusal) {
        boolean accepted() {
            return key != null;
        }
    }

    void bootstrap(@Observes StartupEvent event) {
        installBootstrapKey(bootstrapKey(config.adminKey()));
    }

    /** The configured bootstrap key, or null without one; a short one stops the service from starting. */
    static String bootstrapKey(Optional<String> configured) {
        String key = configured.map(String::trim).orElse("");
        if (!key.isEmpty() && key.length() < MIN_BOOTSTRAP_LENGTH) {
            throw new IllegalStateException("HUMSTATS_ADMIN_KEY has " + key.length() + " characters; an admin key needs at least "
                    + MIN_BOOTSTRAP_LENGTH + " (for example the output of: openssl rand -base64 32). The service does not start "
                    + "with a key that can be guessed.");
        }
        return key.isEmpty() ? null : key;
    }

    /**
     * The environment's admin key is kept as an ordinary (hashed) key row, the only one no other key created, so
     * figures can name it in created_by. When the variable changes, the previous bootstrap key stops working, and so
     * does every admin key minted under it (directly or through other admin keys): whoever held the old secret could
     * have minted them to keep their access. Editor keys stay; they cannot mint keys.
     */
    void installBootstrapKey(String key) {
        String hash = key == null ? null : hash(key);
        Instant now = Instant.now();
        for (ApiKey previous : ApiKey.<ApiKey>list("createdBy is null and revokedAt is null")) {
            if (!previous.keyHash.equals(hash)) {
                previous.revokedAt = now;
                int minted = revokeAdminKeysMintedBy(previous.id, now);
                LOG.infof("The previous admin key from HUMSTATS_ADMIN_KEY is revoked, with %d admin key(s) minted under it", minted);
            }
        }
        if (hash == null) {
            return;
        }
        ApiKey existing = ApiKey.findByHash(hash);
        if (existing == null) {
            persistKey(BOOTSTRAP_NAME, Role.ADMIN, key, BOOTSTRAP_PREFIX, null, null);
            LOG.info("Admin key from HUMSTATS_ADMIN_KEY is active");
        } else if (existing.createdBy == null) {
            existing.revokedAt = null;
        }
    }

    private static int revokeAdminKeysMintedBy(UUID keyId, Instant now) {
        int revoked = 0;
        Deque<UUID> minters = new ArrayDeque<>(List.of(keyId));
        while (!minters.isEmpty()) {
            UUID minter = minters.pop();
            for (ApiKey k : ApiKey.<ApiKey>list("createdBy = ?1 and revokedAt is null", minter)) {
                if (k.role == Role.ADMIN) {
                    k.revokedAt = now;
                    minters.push(k.id);
                    revoked++;
                }
            }
        }
        return revoked;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public KeyCheck check(String presented) {
        ApiKey k = ApiKey.findByHash(hash(presented));
        if (k == null) {
            return new KeyCheck(null, "The API key is unknown.");
        }
        if (k.revokedAt != null) {
            return new KeyCheck(null, "The API key was revoked at " + k.revokedAt + ". Ask an admin for a new key.");
        }
        if (k.expiresAt != null && !k.expiresAt.isAfter(Instant.now())) {
            return new KeyCheck(null, "The API key expired at " + k.expiresAt + ". Ask an admin for a new key.");
        }
        return new KeyCheck(k, null);
    }

    public NewKey create(String name, Role role, Instant expiresAt) {
        if (expiresAt != null && !expiresAt.isAfter(Instant.now())) {
            throw ProblemException.validation(List.of(new Problem.FieldError("expires_at",
                    "must be in the future, got " + expiresAt)));
        }
        String key = "hs_" + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
        ApiKey k = persistKey(name, role, key, key.substring(0, 7), caller.keyId(), expiresAt);
        return new NewKey(k.id, k.name, k.role, key, k.createdAt, k.expiresAt);
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

    private ApiKey persistKey(String name, Role role, String key, String prefix, UUID createdBy, Instant expiresAt) {
        ApiKey k = new ApiKey();
        k.id = UUID.randomUUID();
        k.name = name;
        k.role = role;
        k.keyHash = hash(key);
        k.keyPrefix = prefix;
        k.createdAt = Instant.now();
        k.createdBy = createdBy;
        k.expiresAt = expiresAt;
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
