package dev.relata.orm.relation;

import java.util.Objects;

import dev.relata.orm.schema.ForeignKeyOptions;
import dev.relata.orm.schema.PropertyRef;
import dev.relata.orm.schema.PropertyReferences;
import dev.relata.orm.schema.ReferentialAction;
import org.jspecify.annotations.Nullable;

/**
 * Collects the join model, its two keys and the options of a manyToMany.
 *
 * @param <T> the model the relation is defined on
 * @param <R> the related model
 */
final class JoinModelOptionsSpec<T, R> implements ManyToManySpec<T, R> {

	private @Nullable Class<?> joinModel;

	private @Nullable String from;

	private @Nullable String to;

	private ForeignKeyOptions options = ForeignKeyOptions.NONE;

	@Override
	public <J> JoinModelSpec<J> through(Class<J> joinModel) {
		this.joinModel = Objects.requireNonNull(joinModel, "joinModel");
		return new JoinModelSpec<>() {
			@Override
			public JoinModelSpec<J> from(PropertyRef<J, ?> key) {
				JoinModelOptionsSpec.this.from = PropertyReferences.resolve(key).property();
				return this;
			}

			@Override
			public JoinModelSpec<J> to(PropertyRef<J, ?> key) {
				JoinModelOptionsSpec.this.to = PropertyReferences.resolve(key).property();
				return this;
			}

			@Override
			public JoinModelSpec<J> onDelete(ReferentialAction action) {
				ForeignKeyOptions o = JoinModelOptionsSpec.this.options;
				JoinModelOptionsSpec.this.options = new ForeignKeyOptions(Objects.requireNonNull(action), o.onUpdate(),
						o.constraintName(), o.index());
				return this;
			}

			@Override
			public JoinModelSpec<J> onUpdate(ReferentialAction action) {
				ForeignKeyOptions o = JoinModelOptionsSpec.this.options;
				JoinModelOptionsSpec.this.options = new ForeignKeyOptions(o.onDelete(), Objects.requireNonNull(action),
						o.constraintName(), o.index());
				return this;
			}

			@Override
			public JoinModelSpec<J> index() {
				ForeignKeyOptions o = JoinModelOptionsSpec.this.options;
				JoinModelOptionsSpec.this.options = new ForeignKeyOptions(o.onDelete(), o.onUpdate(),
						o.constraintName(), true);
				return this;
			}
		};
	}

	@Nullable Class<?> joinModel() {
		return this.joinModel;
	}

	@Nullable String from() {
		return this.from;
	}

	@Nullable String to() {
		return this.to;
	}

	ForeignKeyOptions options() {
		return this.options;
	}

}
