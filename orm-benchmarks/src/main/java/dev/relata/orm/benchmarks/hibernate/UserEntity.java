package dev.relata.orm.benchmarks.hibernate;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Immutable;

/**
 * A user of {@code relata_bench.users}. Its posts are lazy, ordered by key and
 * batch-fetched ({@value #BATCH_SIZE} users' posts per statement, one {@code = any(?)}
 * array bind on PostgreSQL).
 */
@Entity
@Immutable
@Table(name = "users", schema = "relata_bench")
public class UserEntity {

	/**
	 * How many owners' lazy collections one batch fetch loads (posts of users, tags of
	 * posts).
	 */
	public static final int BATCH_SIZE = 1000;

	@Id
	private Long id;

	private String name;

	@OneToMany(mappedBy = "user", fetch = FetchType.LAZY)
	@OrderBy("id")
	@BatchSize(size = UserEntity.BATCH_SIZE)
	private List<PostEntity> posts = new ArrayList<>();

	/**
	 * For Hibernate.
	 */
	protected UserEntity() {
	}

	/**
	 * Returns the key.
	 * @return the key
	 */
	public Long getId() {
		return this.id;
	}

	/**
	 * Returns the name.
	 * @return the name
	 */
	public String getName() {
		return this.name;
	}

	/**
	 * Returns the posts (lazy).
	 * @return the posts, ordered by key
	 */
	public List<PostEntity> getPosts() {
		return this.posts;
	}

}
