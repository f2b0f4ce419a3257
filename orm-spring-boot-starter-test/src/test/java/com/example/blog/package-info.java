/**
 * The tests of the guide's last section, "Testing with @OrmTest", on the guide's
 * application, whose classes in this package come from orm-spring-boot-starter's tests.
 */
@NullMarked
package com.example.blog;

import org.jspecify.annotations.NullMarked;
