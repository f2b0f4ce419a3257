package dev.relata.orm.internal.compile;

import java.util.ArrayList;
import java.util.List;

import dev.relata.orm.internal.sql.DatabaseProfile;
import dev.relata.orm.schema.EntityModel;
import dev.relata.orm.schema.ModelProperty;
import dev.relata.orm.internal.sql.And;
import dev.relata.orm.internal.sql.Bind;
import dev.relata.orm.internal.sql.ColumnRef;
import dev.relata.orm.internal.sql.Comparison;
import dev.relata.orm.internal.sql.ComparisonOperator;
import dev.relata.orm.internal.sql.Condition;
import dev.relata.orm.internal.sql.Select;
import dev.relata.orm.internal.sql.SelectItem;
import dev.relata.orm.internal.sql.NullCheck;

/**
 * Renders the select of one row by key, for {@code findById}.
 */
public final class KeyLookupSql {

	private KeyLookupSql() {
	}

	/**
	 * Renders the SELECT of one row by key.
	 * @param model the model
	 * @param profile the database's dialect and identifier case
	 * @return the SQL, one placeholder per key column
	 */
	public static String render(EntityModel<?> model, DatabaseProfile profile) {
		String alias = QueryCompiler.ROOT_ALIAS;
		List<SelectItem> items = new ArrayList<>();
		for (ModelProperty column : model.columns()) {
			items.add(new SelectItem(new ColumnRef(alias, column.column()), null));
		}
		List<Condition> keys = new ArrayList<>();
		for (ModelProperty key : model.keys()) {
			keys.add(new Comparison(new ColumnRef(alias, key.column()), ComparisonOperator.EQ,
					new Bind(null, key.columnType())));
		}
		model.softDelete()
			.ifPresent((deletedAt) -> keys.add(new NullCheck(new ColumnRef(alias, deletedAt.column()), false)));
		Condition where = (keys.size() == 1) ? keys.get(0) : new And(keys);
		Select select = Select.builder().select(items).from(QueryCompiler.table(model, alias)).where(where).build();
		return profile.renderer().render(select).sql();
	}

}
