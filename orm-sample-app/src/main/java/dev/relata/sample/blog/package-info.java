/**
 * The blog's models (users, roles, profiles, posts, tags, comments, categories) and the
 * relations between them. Models are plain records; their relations are defined outside
 * them, in {@link dev.relata.sample.blog.BlogRelations}.
 */
@NullMarked
package dev.relata.sample.blog;

import org.jspecify.annotations.NullMarked;
