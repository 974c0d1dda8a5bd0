# CPack: `cpack -G DEB` in the build folder makes a Debian package.
set(CPACK_PACKAGE_NAME "imr-workbench")
set(CPACK_PACKAGE_VENDOR "IMR Workbench developers")
set(CPACK_PACKAGE_CONTACT "IMR Workbench developers <imr-workbench@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_RESOURCE_FILE_README "${PROJECT_SOURCE_DIR}/README.md")
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What the program loads at run time without linking to it: shlibdeps cannot
# see the SQL driver and the display platform plugins.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
set(CPACK_GENERATOR "DEB")
include(CPack)

if(IMR_BUILD_TESTS AND UNIX AND NOT APPLE)
    # The package builds and holds the program and its desktop integration.
    add_test(NAME packaging_deb_builds
        COMMAND ${CMAKE_COMMAND}
            -DCPACK=${CMAKE_CPACK_COMMAND} -DCONFIG=${CMAKE_BINARY_DIR}/CPackConfig.cmake
            -DWORK=${CMAKE_BINARY_DIR}/package-test
            -P ${PROJECT_SOURCE_DIR}/cmake/CheckDebPackage.cmake)
    set_tests_properties(packaging_deb_builds PROPERTIES LABELS packaging TIMEOUT 300)
endif()
