package io.github.camelchat.chatbox.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * The {@code hello} packet sent once the connection is accepted. The real (RCC) server may send {@code players}
 * before it.
 *
 * @param guest            whether this is a guest connection
 * @param licenseOwner     the name of the license owner (absent for guests)
 * @param licenseOwnerUser the license owner as a user object (absent for guests)
 * @param capabilities     the lower-case capabilities of the license, e.g. {@code read}, {@code say}, in no fixed
 *                         order
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HelloPacket(Boolean guest, String licenseOwner, ChatboxUser licenseOwnerUser, List<String> capabilities)
        implements ChatboxPacket {

    public static final String TYPE = "hello";

    public HelloPacket {
        capabilities = ModelLists.copy(capabilities);
    }

    @Override
    public String type() {
        return TYPE;
    }

    /** Whether the license has the given capability ({@code tell}, {@code read}, {@code command}, {@code say}). */
    public boolean hasCapability(String capability) {
        if (capabilities == null || capability == null) {
            return false;
        }
        for (String c : capabilities) {
            if (capability.equalsIgnoreCase(c)) {
                return true;
            }
        }
        return false;
    }
}
