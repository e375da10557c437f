package org.vigil.web.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A test that drives the whole application, started on a random port with its demo data (the test configuration's
 * in-memory database, shared by the browser test classes as they share one application context), through real headless
 * Chromium. Test methods take a {@link Browser} parameter: a fresh browser with an empty profile for each test.
 * Without Chromium the tests fail with a message saying how to install it, unless
 * {@code -Dvigil.skipBrowserTests=true} skips them.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
public @interface BrowserTest {}
