package dev.relata.orm.benchmarks.hibernate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Immutable;

/**
 * A Chinook track of {@code relata_chinook.track}, with the same 6 columns the other
 * contenders read. Its playlists (through the composite-key join table
 * {@code playlist_track}) are lazy, ordered by key and batch-fetched
 * ({@value UserEntity#BATCH_SIZE} tracks' playlists per statement).
 */
@Entity
@Immutable
@Table(name = "track", schema = "relata_chinook")
public class TrackEntity {

	@Id
	@Column(name = "track_id")
	private Integer trackId;

	private String name;

	@Column(name = "album_id")
	private Integer albumId;

	private String composer;

	private Integer milliseconds;

	@Column(name = "unit_price", precision = 10, scale = 2)
	private BigDecimal unitPrice;

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "playlist_track", schema = "relata_chinook", joinColumns = @JoinColumn(name = "track_id"),
			inverseJoinColumns = @JoinColumn(name = "playlist_id"))
	@OrderBy("playlistId")
	@BatchSize(size = UserEntity.BATCH_SIZE)
	private List<PlaylistEntity> playlists = new ArrayList<>();

	/**
	 * For Hibernate.
	 */
	protected TrackEntity() {
	}

	/**
	 * Returns the key.
	 * @return the key
	 */
	public Integer getTrackId() {
		return this.trackId;
	}

	/**
	 * Returns the name.
	 * @return the name
	 */
	public String getName() {
		return this.name;
	}

	/**
	 * Returns the album's key.
	 * @return the album's key, or null
	 */
	public Integer getAlbumId() {
		return this.albumId;
	}

	/**
	 * Returns the composer.
	 * @return the composer, or null
	 */
	public String getComposer() {
		return this.composer;
	}

	/**
	 * Returns the length.
	 * @return the length in milliseconds
	 */
	public Integer getMilliseconds() {
		return this.milliseconds;
	}

	/**
	 * Returns the price.
	 * @return the price
	 */
	public BigDecimal getUnitPrice() {
		return this.unitPrice;
	}

	/**
	 * Returns the playlists (lazy).
	 * @return the playlists, ordered by key
	 */
	public List<PlaylistEntity> getPlaylists() {
		return this.playlists;
	}

}
