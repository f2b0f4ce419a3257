package dev.relata.sample.blog;

import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.Table;
import org.jspecify.annotations.Nullable;

/**
 * A user's profile: at most one per user (User hasOne profile).
 *
 * @param id the key, {@code null} before the insert
 * @param userId the user's key; {@code null} in a nested {@code create}, which sets it
 * @param bio a short biography
 */
@Table("profiles")
public record Profile(@Id @Nullable Long id, @Nullable Long userId, String bio) {

	/**
	 * Returns a new profile for a nested {@code create("profile", ...)}.
	 * @param bio the biography
	 * @return the profile, without key or user
	 */
	public static Profile of(String bio) {
		return new Profile(null, null, bio);
	}

}
