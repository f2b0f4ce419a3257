package dev.relata.orm.query;

import java.util.Collection;
import java.util.function.Consumer;

import dev.relata.orm.schema.PropertyRef;
import org.jspecify.annotations.Nullable;
import java.util.List;

/**
 * The where family, shared by queries and condition groups. Clauses join with AND
 * ({@code where}) or OR ({@code orWhere}) in the order they are added, with SQL's
 * precedence: {@code a.where(x)
 * .where(y).orWhere(z)} means {@code (x AND y) OR z}; use {@link #whereGroup} for other
 * groupings. A property is named by its property name or its column name; values are
 * converted to the property's Java type and always bound.
 *
 * @param <S> the type the methods return, for chaining
 * @param <T> the model type
 */
public interface WhereSpec<S, T> {

	/**
	 * Adds {@code property = value}; a {@code null} value means {@code IS NULL}.
	 * @param property a property or column name
	 * @param value the value, converted to the property's type
	 * @return this, for chaining
	 */
	S where(String property, @Nullable Object value);

	/**
	 * Adds a comparison with an operator:
	 * {@code = <> != < <= > >= like 'not like' in 'not in'} ({@code in} takes a
	 * collection). {@code =} and {@code <>} with {@code null} mean {@code IS NULL} and
	 * {@code IS NOT NULL}.
	 * @param property a property or column name
	 * @param operator the operator
	 * @param value the value
	 * @return this, for chaining
	 */
	S where(String property, String operator, @Nullable Object value);

	/**
	 * Starts a typed condition on a property named by a method reference, such as
	 * {@code where(User::name).is("Ada")}.
	 * @param <V> the property's type
	 * @param property a method reference to the property's accessor
	 * @return the condition to complete
	 */
	<V> PropertyCondition<S, V> where(PropertyRef<T, V> property);

	/**
	 * Adds a parenthesised group of conditions, joined with AND.
	 * @param group fills the group
	 * @return this, for chaining
	 */
	S whereGroup(Consumer<? super WhereGroup<T>> group);

	/**
	 * Adds {@code property IN (values)}; an empty collection matches nothing.
	 * @param property a property or column name
	 * @param values the values
	 * @return this, for chaining
	 */
	S whereIn(String property, Collection<?> values);

	/**
	 * Adds {@code property NOT IN (values)}; an empty collection matches everything.
	 * @param property a property or column name
	 * @param values the values
	 * @return this, for chaining
	 */
	S whereNotIn(String property, Collection<?> values);

	/**
	 * Adds a condition that the array column of a {@code List<String>},
	 * {@code List<Integer>} or {@code List<Long>} property holds the value among its
	 * elements: {@code ? = ANY(property)}, the value bound as a parameter, on PostgreSQL
	 * and H2. A NULL list matches nothing.
	 * @param property a {@code List} property or its column name
	 * @param value the element, converted to the list's element type; not {@code null}
	 * @return this, for chaining
	 */
	S whereArrayContains(String property, Object value);

	/**
	 * Like {@link #whereArrayContains}, joined with OR.
	 * @param property a {@code List} property or its column name
	 * @param value the element, not {@code null}
	 * @return this, for chaining
	 */
	S orWhereArrayContains(String property, Object value);

	/**
	 * Adds {@code property IS NULL}.
	 * @param property a property or column name
	 * @return this, for chaining
	 */
	S whereNull(String property);

	/**
	 * Adds {@code property IS NOT NULL}.
	 * @param property a property or column name
	 * @return this, for chaining
	 */
	S whereNotNull(String property);

	/**
	 * Matches rows whose text property contains the text, literally: a {@code %} or
	 * {@code _} in it matches only itself. Rendered {@code column LIKE ? ESCAPE '!'} with
	 * the text escaped, on every database; case sensitivity is the column's collation.
	 * @param property a text property or column name
	 * @param text the text to find, taken literally
	 * @return this, for chaining
	 */
	S whereContains(String property, String text);

	/**
	 * Matches rows whose text property starts with the text, literally (see
	 * {@link #whereContains(String, String)}).
	 * @param property a text property or column name
	 * @param prefix the prefix, taken literally
	 * @return this, for chaining
	 */
	S whereStartsWith(String property, String prefix);

	/**
	 * Matches rows whose text property ends with the text, literally (see
	 * {@link #whereContains(String, String)}).
	 * @param property a text property or column name
	 * @param suffix the suffix, taken literally
	 * @return this, for chaining
	 */
	S whereEndsWith(String property, String suffix);

	/**
	 * Like {@link #where(String, Object)}, joined with OR.
	 * @param property a property or column name
	 * @param value the value
	 * @return this, for chaining
	 */
	S orWhere(String property, @Nullable Object value);

	/**
	 * Like {@link #where(String, String, Object)}, joined with OR.
	 * @param property a property or column name
	 * @param operator the operator
	 * @param value the value
	 * @return this, for chaining
	 */
	S orWhere(String property, String operator, @Nullable Object value);

	/**
	 * Like {@link #where(PropertyRef)}, joined with OR.
	 * @param <V> the property's type
	 * @param property a method reference to the property's accessor
	 * @return the condition to complete
	 */
	<V> PropertyCondition<S, V> orWhere(PropertyRef<T, V> property);

	/**
	 * Like {@link #whereGroup}, joined with OR.
	 * @param group fills the group
	 * @return this, for chaining
	 */
	S orWhereGroup(Consumer<? super WhereGroup<T>> group);

	/**
	 * Like {@link #whereIn}, joined with OR.
	 * @param property a property or column name
	 * @param values the values
	 * @return this, for chaining
	 */
	S orWhereIn(String property, Collection<?> values);

	/**
	 * Like {@link #whereNotIn}, joined with OR.
	 * @param property a property or column name
	 * @param values the values
	 * @return this, for chaining
	 */
	S orWhereNotIn(String property, Collection<?> values);

	/**
	 * Like {@link #whereNull}, joined with OR.
	 * @param property a property or column name
	 * @return this, for chaining
	 */
	S orWhereNull(String property);

	/**
	 * Like {@link #whereNotNull}, joined with OR.
	 * @param property a property or column name
	 * @return this, for chaining
	 */
	S orWhereNotNull(String property);

	/**
	 * Keeps rows that have at least one related row ({@code EXISTS}). A dotted path
	 * nests: {@code has("posts.tags")} keeps users with a post that has a tag.
	 * @param relation a relation name or dotted path
	 * @return this, for chaining
	 */
	S has(String relation);

	/**
	 * Keeps rows whose number of related rows compares to a count (a correlated
	 * {@code COUNT(*)}): {@code has("posts", ">=", 3)}. On a dotted path the count
	 * applies to the last relation.
	 * @param relation a relation name or dotted path
	 * @param operator one of {@code = <> != < <= > >=}
	 * @param count the count
	 * @return this, for chaining
	 */
	S has(String relation, String operator, long count);

	/**
	 * Keeps rows without any related row ({@code NOT EXISTS}).
	 * @param relation a relation name or dotted path
	 * @return this, for chaining
	 */
	S doesntHave(String relation);

	/**
	 * Keeps rows with at least one related row matching conditions.
	 * @param relation a relation name or dotted path (the conditions apply to the last
	 * relation)
	 * @param filter conditions on the related rows
	 * @return this, for chaining
	 */
	S whereHas(String relation, Consumer<WhereGroup<?>> filter);

	/**
	 * Keeps rows whose number of related rows matching conditions compares to a count.
	 * @param relation a relation name or dotted path
	 * @param filter conditions on the related rows
	 * @param operator one of {@code = <> != < <= > >=}
	 * @param count the count
	 * @return this, for chaining
	 */
	S whereHas(String relation, Consumer<WhereGroup<?>> filter, String operator, long count);

	/**
	 * Keeps rows without any related row matching conditions.
	 * @param relation a relation name or dotted path
	 * @param filter conditions on the related rows
	 * @return this, for chaining
	 */
	S whereDoesntHave(String relation, Consumer<WhereGroup<?>> filter);

	/**
	 * Like {@link #has(String)}, joined with OR.
	 * @param relation a relation name or dotted path
	 * @return this, for chaining
	 */
	S orHas(String relation);

	/**
	 * Like {@link #has(String, String, long)}, joined with OR.
	 * @param relation a relation name or dotted path
	 * @param operator one of {@code = <> != < <= > >=}
	 * @param count the count
	 * @return this, for chaining
	 */
	S orHas(String relation, String operator, long count);

	/**
	 * Like {@link #doesntHave(String)}, joined with OR.
	 * @param relation a relation name or dotted path
	 * @return this, for chaining
	 */
	S orDoesntHave(String relation);

	/**
	 * Like {@link #whereHas(String, Consumer)}, joined with OR.
	 * @param relation a relation name or dotted path
	 * @param filter conditions on the related rows
	 * @return this, for chaining
	 */
	S orWhereHas(String relation, Consumer<WhereGroup<?>> filter);

	/**
	 * Like {@link #whereDoesntHave(String, Consumer)}, joined with OR.
	 * @param relation a relation name or dotted path
	 * @param filter conditions on the related rows
	 * @return this, for chaining
	 */
	S orWhereDoesntHave(String relation, Consumer<WhereGroup<?>> filter);

	/**
	 * Keeps rows whose polymorphic (morphTo) target is of one of the given models and
	 * matches conditions, written once and applied to each model.
	 * @param relation a morphTo relation
	 * @param types the models to look in
	 * @param filter conditions on the target rows
	 * @return this, for chaining
	 */
	S whereHasMorph(String relation, List<Class<?>> types, Consumer<WhereGroup<?>> filter);

	/**
	 * Like {@link #whereHasMorph}, joined with OR.
	 * @param relation a morphTo relation
	 * @param types the models to look in
	 * @param filter conditions on the target rows
	 * @return this, for chaining
	 */
	S orWhereHasMorph(String relation, List<Class<?>> types, Consumer<WhereGroup<?>> filter);

}
