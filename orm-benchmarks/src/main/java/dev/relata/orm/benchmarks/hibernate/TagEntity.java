package dev.relata.orm.benchmarks.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A tag of {@code relata_bench.tags}.
 */
@Entity
@Immutable
@Table(name = "tags", schema = "relata_bench")
public class TagEntity {

	@Id
	private Long id;

	private String name;

	/**
	 * For Hibernate.
	 */
	protected TagEntity() {
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

}
