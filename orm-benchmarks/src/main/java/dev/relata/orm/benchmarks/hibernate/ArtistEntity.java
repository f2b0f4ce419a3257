package dev.relata.orm.benchmarks.hibernate;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Immutable;

/**
 * A Chinook artist of {@code relata_chinook.artist}. Its albums are lazy, ordered by key
 * and batch-fetched ({@value UserEntity#BATCH_SIZE} artists' albums per statement).
 */
@Entity
@Immutable
@Table(name = "artist", schema = "relata_chinook")
public class ArtistEntity {

	@Id
	@Column(name = "artist_id")
	private Integer artistId;

	private String name;

	@OneToMany(mappedBy = "artist", fetch = FetchType.LAZY)
	@OrderBy("albumId")
	@BatchSize(size = UserEntity.BATCH_SIZE)
	private List<AlbumEntity> albums = new ArrayList<>();

	/**
	 * For Hibernate.
	 */
	protected ArtistEntity() {
	}

	/**
	 * Returns the key.
	 * @return the key
	 */
	public Integer getArtistId() {
		return this.artistId;
	}

	/**
	 * Returns the name.
	 * @return the name, or null
	 */
	public String getName() {
		return this.name;
	}

	/**
	 * Returns the albums (lazy).
	 * @return the albums, ordered by key
	 */
	public List<AlbumEntity> getAlbums() {
		return this.albums;
	}

}
