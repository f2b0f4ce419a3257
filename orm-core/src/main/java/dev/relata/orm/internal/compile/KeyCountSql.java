package dev.relata.orm.internal.compile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import dev.relata.orm.internal.sql.Bind;
import dev.relata.orm.internal.sql.ColumnRef;
import dev.relata.orm.internal.sql.CountAll;
import dev.relata.orm.internal.sql.DatabaseProfile;
import dev.relata.orm.internal.sql.Expression;
import dev.relata.orm.internal.sql.InList;
import dev.relata.orm.internal.sql.RenderedSql;
import dev.relata.orm.internal.sql.Select;
import dev.relata.orm.internal.sql.SelectItem;
import dev.relata.orm.schema.EntityModel;
import dev.relata.orm.schema.ModelProperty;

/**
 * Renders the count of the rows whose key is in a list
 * ({@code SELECT COUNT(*) FROM target t0 WHERE t0.key IN (...)}), with which a link
 * operation checks that the keys it points at exist.
 */
public final class KeyCountSql {

	private KeyCountSql() {
	}

	/**
	 * Renders the count of the rows of a model whose key is one of the values.
	 * @param model the model counted
	 * @param key the key property compared
	 * @param bindValues the keys, already bind values of the key's column
	 * @param profile the database's dialect and identifier case
	 * @return the SQL and its binds
	 */
	public static RenderedSql render(EntityModel<?> model, ModelProperty key, Collection<?> bindValues,
			DatabaseProfile profile) {
		String alias = QueryCompiler.ROOT_ALIAS;
		List<Expression> binds = new ArrayList<>(bindValues.size());
		for (Object value : bindValues) {
			binds.add(new Bind(value, key.columnType()));
		}
		Select count = Select.builder()
			.select(new SelectItem(new CountAll(), null))
			.from(QueryCompiler.table(model, alias))
			.where(new InList(new ColumnRef(alias, key.column()), binds, false))
			.build();
		return profile.renderer().render(count);
	}

}
