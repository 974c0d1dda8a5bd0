# CPack: `cpack -G DEB` in the build folder makes a Debian package.
set(CPACK_PACKAGE_NAME "imr-workbench")
set(CPACK_PACKAGE_VENDOR "IMR Workbench developers")
set(CPACK_PACKAGE_CONTACT "IMR Workbench developers <imr-workbench@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_RESOURCE_FILE_README "${PROJECT_SOURCE_DIR}/README.md")
set(CPACK_PACKAGE_DESCRIPTION "IMR Workbench opens a folder of California workers' compensation
Independent Medical Review final determination letters (PDFs as published, or
extracted text), highlights the fields it extracts over each letter, lets the
analyst correct and confirm them from the keyboard, charts the decisions across
the folder and exports a reviewed CSV. It has no network code.")
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What the program loads at run time without linking to it: shlibdeps cannot
# see the SQL driver and the display platform plugins.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
set(CPACK_GENERATOR "DEB")
include(CPack)

if(IMR_BUILD_TESTS AND UNIX AND NOT APPLE)
    find_program(IMR_LINTIAN lintian)
    # The package builds and holds the program and its desktop integration.
    add_test(NAME packaging_deb_builds
        COMMAND ${CMAKE_COMMAND}
            -DCPACK=${CMAKE_CPACK_COMMAND} -DCONFIG=${CMAKE_BINARY_DIR}/CPackConfig.cmake
            -DWORK=${CMAKE_BINARY_DIR}/package-test -DLINTIAN=${IMR_LINTIAN}
            -P ${PROJECT_SOURCE_DIR}/cmake/CheckDebPackage.cmake)
    set_tests_properties(packaging_deb_builds PROPERTIES LABELS packaging TIMEOUT 300)

    # The Flatpak manifest, checked as far as a machine without
    # flatpak-builder and network can.
    find_package(Python3 COMPONENTS Interpreter)
    if(Python3_Interpreter_FOUND)
        add_test(NAME packaging_flatpak_manifest
            COMMAND Python3::Interpreter ${PROJECT_SOURCE_DIR}/tests/packaging/check-flatpak.py
                ${PROJECT_SOURCE_DIR}/packaging/flatpak/org.imrworkbench.IMRWorkbench.json ${PROJECT_SOURCE_DIR})
        set_tests_properties(packaging_flatpak_manifest PROPERTIES LABELS packaging)
    endif()

    # The package installs with apt into a fresh Debian 13 root and runs
    # there. Needs debootstrap and the network; label install.
    find_program(IMR_DEBOOTSTRAP debootstrap PATHS /usr/sbin /sbin)
    if(IMR_DEBOOTSTRAP AND EXISTS /etc/debian_version)
        add_test(NAME packaging_deb_installs
            COMMAND ${PROJECT_SOURCE_DIR}/tests/packaging/install-deb.sh ${CMAKE_BINARY_DIR}/package-test)
        set_tests_properties(packaging_deb_installs PROPERTIES
            LABELS install TIMEOUT 1200 DEPENDS packaging_deb_builds SKIP_RETURN_CODE 77)
    endif()
endif()
