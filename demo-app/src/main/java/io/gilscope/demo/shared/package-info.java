/**
 * What the interpreters in one JVM share: the one package of demo-app that is class-loaded once
 * (lib.IsolatedLoader leaves it to the application's loader). JDK types only.
 */
package io.gilscope.demo.shared;
