/** True in the test build (loopback hosts enabled, the page may pin "today" for fixtures). */
declare const __NAERVAER_TEST_BUILD__: boolean;
