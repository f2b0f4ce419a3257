package dev.relata.orm.benchmarks.hibernate;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Immutable;

/**
 * A Chinook album of {@code relata_chinook.album}. Its artist is a lazy to-one; its
 * tracks (by {@code track.album_id}, mapped from this side only) are lazy, ordered by key
 * and batch-fetched ({@value UserEntity#BATCH_SIZE} albums' tracks per statement).
 */
@Entity
@Immutable
@Table(name = "album", schema = "relata_chinook")
public class AlbumEntity {

	@Id
	@Column(name = "album_id")
	private Integer albumId;

	private String title;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "artist_id")
	private ArtistEntity artist;

	@OneToMany(fetch = FetchType.LAZY)
	@JoinColumn(name = "album_id", insertable = false, updatable = false)
	@OrderBy("trackId")
	@BatchSize(size = UserEntity.BATCH_SIZE)
	private List<TrackEntity> tracks = new ArrayList<>();

	/**
	 * For Hibernate.
	 */
	protected AlbumEntity() {
	}

	/**
	 * Returns the key.
	 * @return the key
	 */
	public Integer getAlbumId() {
		return this.albumId;
	}

	/**
	 * Returns the title.
	 * @return the title
	 */
	public String getTitle() {
		return this.title;
	}

	/**
	 * Returns the artist (lazy).
	 * @return the artist
	 */
	public ArtistEntity getArtist() {
		return this.artist;
	}

	/**
	 * Returns the tracks (lazy).
	 * @return the tracks, ordered by key
	 */
	public List<TrackEntity> getTracks() {
		return this.tracks;
	}

}
