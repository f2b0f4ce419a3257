package dev.relata.orm.boot.autoconfigure.broken;

import java.util.List;

import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.Table;
import org.jspecify.annotations.Nullable;

/**
 * A model whose relation slot no relation claims, and whose relation points at a class
 * that is not a model.
 */
@Table("comments")
public record Comment(@Id @Nullable Long id, String body, Long articleId, @Nullable List<Object> replies) {

}
