package io.github.camelchat.simulator.hitbox;

/** The extra flags a user carries in {@code chatMsg}, {@code userInfo} and the lists of {@code userList}. */
public enum UserFlag {
    FOLLOWER("isFollower"),
    SUBSCRIBER("isSubscriber"),
    /** The channel owner; adds {@code image} to chat messages. */
    OWNER("isOwner"),
    STAFF("isStaff"),
    /** An ambassador. */
    COMMUNITY("isCommunity");

    private final String wireName;

    UserFlag(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
