package dev.relata.orm.internal.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import dev.relata.orm.exception.OrmUsageException;
import dev.relata.orm.internal.input.UserInput;
import dev.relata.orm.internal.query.Clause.Compare;
import dev.relata.orm.internal.query.Clause.Group;
import dev.relata.orm.internal.query.Clause.In;
import dev.relata.orm.internal.query.Clause.NullTest;
import dev.relata.orm.schema.EntityModel;
import dev.relata.orm.schema.ModelProperty;
import dev.relata.orm.schema.PropertyKind;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.PropertyRef;
import dev.relata.orm.schema.PropertyReferences;
import dev.relata.orm.schema.ValueConversions;
import org.jspecify.annotations.Nullable;
import dev.relata.orm.query.PropertyCondition;
import dev.relata.orm.query.WhereGroup;
import dev.relata.orm.query.WhereSpec;
import java.util.Objects;

/**
 * The where family on one model, shared by queries and groups: resolves names through the
 * model, converts values to the property's type and collects {@link Clause}s.
 *
 * @param <S> the type returned for chaining
 * @param <T> the model type
 */
abstract class AbstractWhereSpec<S, T> implements WhereSpec<S, T> {

	private final EntityModel<T> model;

	private final OrmSchema schema;

	private final ValueConversions conversions;

	private final List<Clause> clauses = new ArrayList<>();

	private final RelationFilters filters;

	AbstractWhereSpec(EntityModel<T> model, OrmSchema schema) {
		this.model = model;
		this.schema = schema;
		this.conversions = schema.conversions();
		this.filters = new RelationFilters(model, schema);
	}

	abstract S self();

	/**
	 * Called before every change; a query that already ran refuses changes.
	 */
	void checkModifiable() {
	}

	final EntityModel<T> model() {
		return this.model;
	}

	final ValueConversions conversions() {
		return this.conversions;
	}

	final OrmSchema schema() {
		return this.schema;
	}

	final List<Clause> clauses() {
		return this.clauses;
	}

	@Override
	public S where(String property, @Nullable Object value) {
		return add(false, comparison(column(property), Operator.EQ, value));
	}

	@Override
	public S where(String property, String operator, @Nullable Object value) {
		return add(false, comparison(column(property), Operator.parse(operator), value));
	}

	@Override
	public <V> PropertyCondition<S, V> where(PropertyRef<T, V> property) {
		return new TypedCondition<>(false, column(property));
	}

	@Override
	public S whereGroup(Consumer<? super WhereGroup<T>> group) {
		return addGroup(false, group);
	}

	@Override
	public S whereIn(String property, Collection<?> values) {
		return add(false, in(column(property), values, false));
	}

	@Override
	public S whereNotIn(String property, Collection<?> values) {
		return add(false, in(column(property), values, true));
	}

	@Override
	public S whereArrayContains(String property, Object value) {
		return add(false, arrayHas(column(property), value));
	}

	@Override
	public S orWhereArrayContains(String property, Object value) {
		return add(true, arrayHas(column(property), value));
	}

	@Override
	public S whereContains(String property, String text) {
		return add(false, literalLike(column(property), "whereContains", "%", text, "%"));
	}

	@Override
	public S whereStartsWith(String property, String prefix) {
		return add(false, literalLike(column(property), "whereStartsWith", "", prefix, "%"));
	}

	@Override
	public S whereEndsWith(String property, String suffix) {
		return add(false, literalLike(column(property), "whereEndsWith", "%", suffix, ""));
	}

	private Clause.Predicate literalLike(ModelProperty property, String method, String before, String text,
			String after) {
		UserInput.requireNonNull(text, method, "text");
		if (property.columnType() != String.class) {
			throw new OrmUsageException(method + "(...) needs a text property; " + this.model.name() + "."
					+ property.name() + " is a " + property.javaType().getSimpleName());
		}
		return new Compare(property, Operator.LIKE_ESCAPED, before + LikePatterns.escape(text) + after);
	}

	@Override
	public S whereNull(String property) {
		return add(false, new NullTest(column(property), false));
	}

	@Override
	public S whereNotNull(String property) {
		return add(false, new NullTest(column(property), true));
	}

	@Override
	public S orWhere(String property, @Nullable Object value) {
		return add(true, comparison(column(property), Operator.EQ, value));
	}

	@Override
	public S orWhere(String property, String operator, @Nullable Object value) {
		return add(true, comparison(column(property), Operator.parse(operator), value));
	}

	@Override
	public <V> PropertyCondition<S, V> orWhere(PropertyRef<T, V> property) {
		return new TypedCondition<>(true, column(property));
	}

	@Override
	public S orWhereGroup(Consumer<? super WhereGroup<T>> group) {
		return addGroup(true, group);
	}

	@Override
	public S orWhereIn(String property, Collection<?> values) {
		return add(true, in(column(property), values, false));
	}

	@Override
	public S orWhereNotIn(String property, Collection<?> values) {
		return add(true, in(column(property), values, true));
	}

	@Override
	public S orWhereNull(String property) {
		return add(true, new NullTest(column(property), false));
	}

	@Override
	public S orWhereNotNull(String property) {
		return add(true, new NullTest(column(property), true));
	}

	@Override
	public S has(String relation) {
		return add(false, this.filters.of(relation, null, false, null, 0));
	}

	@Override
	public S has(String relation, String operator, long count) {
		return add(false,
				this.filters.of(relation, null, false, RelationFilters.countOperator(operator, count), count));
	}

	@Override
	public S doesntHave(String relation) {
		return add(false, this.filters.of(relation, null, true, null, 0));
	}

	@Override
	public S whereHas(String relation, Consumer<WhereGroup<?>> filter) {
		return add(false, this.filters.of(relation, filter, false, null, 0));
	}

	@Override
	public S whereHas(String relation, Consumer<WhereGroup<?>> filter, String operator, long count) {
		return add(false,
				this.filters.of(relation, filter, false, RelationFilters.countOperator(operator, count), count));
	}

	@Override
	public S whereDoesntHave(String relation, Consumer<WhereGroup<?>> filter) {
		return add(false, this.filters.of(relation, filter, true, null, 0));
	}

	@Override
	public S orHas(String relation) {
		return add(true, this.filters.of(relation, null, false, null, 0));
	}

	@Override
	public S orHas(String relation, String operator, long count) {
		return add(true, this.filters.of(relation, null, false, RelationFilters.countOperator(operator, count), count));
	}

	@Override
	public S orDoesntHave(String relation) {
		return add(true, this.filters.of(relation, null, true, null, 0));
	}

	@Override
	public S orWhereHas(String relation, Consumer<WhereGroup<?>> filter) {
		return add(true, this.filters.of(relation, filter, false, null, 0));
	}

	@Override
	public S orWhereDoesntHave(String relation, Consumer<WhereGroup<?>> filter) {
		return add(true, this.filters.of(relation, filter, true, null, 0));
	}

	@Override
	public S whereHasMorph(String relation, List<Class<?>> types, Consumer<WhereGroup<?>> filter) {
		return add(false, this.filters.morph(this.filters.morphTo(relation), types, filter, false));
	}

	@Override
	public S orWhereHasMorph(String relation, List<Class<?>> types, Consumer<WhereGroup<?>> filter) {
		return add(true, this.filters.morph(this.filters.morphTo(relation), types, filter, false));
	}

	final S add(boolean or, Clause.Predicate predicate) {
		checkModifiable();
		this.clauses.add(new Clause(or, predicate));
		return self();
	}

	private S addGroup(boolean or, Consumer<? super WhereGroup<T>> filler) {
		DefaultWhereGroup<T> group = new DefaultWhereGroup<>(this.model, this.schema);
		filler.accept(group);
		if (group.clauses().isEmpty()) {
			checkModifiable();
			return self();
		}
		return add(or, new Group(List.copyOf(group.clauses())));
	}

	/**
	 * Resolves a property or column name to a column property of the model.
	 * @param name the name
	 * @return the column property
	 */
	final ModelProperty column(String name) {
		UserInput.requireNonNull(name, "where", "property");
		return requireColumn(this.model.property(name));
	}

	final ModelProperty column(PropertyRef<T, ?> reference) {
		return column(PropertyReferences.resolve(reference).property());
	}

	final ModelProperty requireColumn(ModelProperty property) {
		if (property.kind() != PropertyKind.COLUMN) {
			throw new OrmUsageException(this.model.name() + "." + property.name() + " is "
					+ ((property.kind() == PropertyKind.RELATION_SLOT) ? "a relation slot" : "an aggregate slot")
					+ ", not a column; conditions and ordering take columns: " + columnNames());
		}
		return property;
	}

	private String columnNames() {
		return String.join(", ", this.model.columns().stream().map(ModelProperty::name).toList());
	}

	final @Nullable Object columnValue(ModelProperty property, @Nullable Object value) {
		return this.conversions.toBindValue(value, property);
	}

	private Clause.Predicate comparison(ModelProperty property, Operator operator, @Nullable Object value) {
		if (operator == Operator.IN || operator == Operator.NOT_IN) {
			if (!(value instanceof Collection<?> values)) {
				throw new OrmUsageException("Operator '" + operator.symbol() + "' on " + this.model.name() + "."
						+ property.name() + " needs a Collection of values, got "
						+ ((value != null) ? value.getClass().getName() : "null"));
			}
			return in(property, values, operator == Operator.NOT_IN);
		}
		if (value == null) {
			if (operator == Operator.EQ || operator == Operator.NE) {
				return new NullTest(property, operator == Operator.NE);
			}
			throw new OrmUsageException("Operator '" + operator.symbol() + "' on " + this.model.name() + "."
					+ property.name() + " cannot compare with null; use whereNull or whereNotNull");
		}
		if (operator == Operator.LIKE || operator == Operator.NOT_LIKE) {
			if (property.columnType() != String.class || !(value instanceof CharSequence)) {
				throw new OrmUsageException("Operator '" + operator.symbol() + "' needs a text property and a text "
						+ "pattern; " + this.model.name() + "." + property.name() + " is a "
						+ property.javaType().getSimpleName());
			}
			return new Compare(property, operator, value.toString());
		}
		Object columnValue = columnValue(property, value);
		return new Compare(property, operator, Objects.requireNonNull(columnValue));
	}

	private Clause.ArrayHas arrayHas(ModelProperty property, @Nullable Object value) {
		Class<?> columnType = property.columnType();
		if (!columnType.isArray() || columnType.getComponentType().isPrimitive()) {
			throw new OrmUsageException("whereArrayContains needs a List<String>, List<Integer> or List<Long> "
					+ "property (an array column); " + property.qualifiedName() + " is a "
					+ property.javaType().getSimpleName());
		}
		if (value == null) {
			throw new OrmUsageException("whereArrayContains on " + property.qualifiedName()
					+ " needs a value, got null; no array element equals NULL");
		}
		Object[] array = (Object[]) Objects.requireNonNull(columnValue(property, List.of(value)));
		return new Clause.ArrayHas(property, Objects.requireNonNull(array[0]), columnType.getComponentType());
	}

	private In in(ModelProperty property, Collection<?> values, boolean negated) {
		UserInput.requireNonNull(values, negated ? "whereNotIn" : "whereIn", "values");
		List<@Nullable Object> converted = new ArrayList<>(values.size());
		for (Object value : values) {
			if (value == null) {
				throw new OrmUsageException("The values for " + this.model.name() + "." + property.name()
						+ " contain null, which IN never matches; use whereNull or orWhereNull for NULLs");
			}
			converted.add(columnValue(property, value));
		}
		return new In(property, converted, negated);
	}

	/**
	 * The typed condition of {@code where(User::name)}.
	 */
	private final class TypedCondition<V> implements PropertyCondition<S, V> {

		private final boolean or;

		private final ModelProperty property;

		TypedCondition(boolean or, ModelProperty property) {
			this.or = or;
			this.property = property;
		}

		@Override
		public S is(@Nullable V value) {
			return add(this.or, comparison(this.property, Operator.EQ, value));
		}

		@Override
		public S isNot(@Nullable V value) {
			return add(this.or, comparison(this.property, Operator.NE, value));
		}

		@Override
		public S gt(V value) {
			return add(this.or, comparison(this.property, Operator.GT, value));
		}

		@Override
		public S ge(V value) {
			return add(this.or, comparison(this.property, Operator.GE, value));
		}

		@Override
		public S lt(V value) {
			return add(this.or, comparison(this.property, Operator.LT, value));
		}

		@Override
		public S le(V value) {
			return add(this.or, comparison(this.property, Operator.LE, value));
		}

		@Override
		public S like(String pattern) {
			return add(this.or, comparison(this.property, Operator.LIKE, pattern));
		}

		@Override
		public S in(Collection<? extends V> values) {
			return add(this.or, AbstractWhereSpec.this.in(this.property, values, false));
		}

		@Override
		public S notIn(Collection<? extends V> values) {
			return add(this.or, AbstractWhereSpec.this.in(this.property, values, true));
		}

		@Override
		public S isNull() {
			return add(this.or, new NullTest(this.property, false));
		}

		@Override
		public S isNotNull() {
			return add(this.or, new NullTest(this.property, true));
		}

	}

}
