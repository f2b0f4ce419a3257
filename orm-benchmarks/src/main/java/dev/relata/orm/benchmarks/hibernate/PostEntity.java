package dev.relata.orm.benchmarks.hibernate;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Immutable;

/**
 * A post of {@code relata_bench.posts}. Its author is a lazy to-one; its tags (through
 * {@code post_tags}) are lazy, ordered by key and batch-fetched.
 */
@Entity
@Immutable
@Table(name = "posts", schema = "relata_bench")
public class PostEntity {

	@Id
	private Long id;

	private String title;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "user_id")
	private UserEntity user;

	@Column(name = "user_id", insertable = false, updatable = false)
	private Long userId;

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "post_tags", schema = "relata_bench", joinColumns = @JoinColumn(name = "post_id"),
			inverseJoinColumns = @JoinColumn(name = "tag_id"))
	@OrderBy("id")
	@BatchSize(size = UserEntity.BATCH_SIZE)
	private List<TagEntity> tags = new ArrayList<>();

	/**
	 * For Hibernate.
	 */
	protected PostEntity() {
	}

	/**
	 * Returns the key.
	 * @return the key
	 */
	public Long getId() {
		return this.id;
	}

	/**
	 * Returns the title.
	 * @return the title
	 */
	public String getTitle() {
		return this.title;
	}

	/**
	 * Returns the author (lazy).
	 * @return the author
	 */
	public UserEntity getUser() {
		return this.user;
	}

	/**
	 * Returns the author's key, without loading the author.
	 * @return the author's key
	 */
	public Long getUserId() {
		return this.userId;
	}

	/**
	 * Returns the tags (lazy).
	 * @return the tags, ordered by key
	 */
	public List<TagEntity> getTags() {
		return this.tags;
	}

}
