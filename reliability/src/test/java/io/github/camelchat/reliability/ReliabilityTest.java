package io.github.camelchat.reliability;

import org.junit.jupiter.api.extension.ExtendWith;

/** Base of every test class of the suite: the secrets guard (and through it the report) applies to all of them. */
@ExtendWith(SecretGuard.class)
public abstract class ReliabilityTest {
}
