package dev.relata.orm.benchmarks.hibernate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A Chinook playlist of {@code relata_chinook.playlist}.
 */
@Entity
@Immutable
@Table(name = "playlist", schema = "relata_chinook")
public class PlaylistEntity {

	@Id
	@Column(name = "playlist_id")
	private Integer playlistId;

	private String name;

	/**
	 * For Hibernate.
	 */
	protected PlaylistEntity() {
	}

	/**
	 * Returns the key.
	 * @return the key
	 */
	public Integer getPlaylistId() {
		return this.playlistId;
	}

	/**
	 * Returns the name.
	 * @return the name, or null
	 */
	public String getName() {
		return this.name;
	}

}
