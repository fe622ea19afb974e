# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sign_in.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_SignInForm(object):
    def setupUi(self, SignInForm):
        if not SignInForm.objectName():
            SignInForm.setObjectName(u"SignInForm")
        SignInForm.resize(420, 360)
        self.outerLayout = QVBoxLayout(SignInForm)
        self.outerLayout.setSpacing(12)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(32, 24, 32, 24)
        self.titleLabel = QLabel(SignInForm)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setAlignment(Qt.AlignCenter)

        self.outerLayout.addWidget(self.titleLabel)

        self.subtitleLabel = QLabel(SignInForm)
        self.subtitleLabel.setObjectName(u"subtitleLabel")
        self.subtitleLabel.setAlignment(Qt.AlignCenter)

        self.outerLayout.addWidget(self.subtitleLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.serverLabel = QLabel(SignInForm)
        self.serverLabel.setObjectName(u"serverLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.serverLabel)

        self.serverEdit = QLineEdit(SignInForm)
        self.serverEdit.setObjectName(u"serverEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.serverEdit)

        self.agentLabel = QLabel(SignInForm)
        self.agentLabel.setObjectName(u"agentLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.agentLabel)

        self.agentEdit = QLineEdit(SignInForm)
        self.agentEdit.setObjectName(u"agentEdit")
        self.agentEdit.setMaxLength(32)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.agentEdit)

        self.passwordLabel = QLabel(SignInForm)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(SignInForm)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.Password)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.rememberCheck = QCheckBox(SignInForm)
        self.rememberCheck.setObjectName(u"rememberCheck")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.rememberCheck)


        self.outerLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(SignInForm)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.errorLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.languageCombo = QComboBox(SignInForm)
        self.languageCombo.setObjectName(u"languageCombo")

        self.buttonLayout.addWidget(self.languageCombo)

        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.signInButton = QPushButton(SignInForm)
        self.signInButton.setObjectName(u"signInButton")

        self.buttonLayout.addWidget(self.signInButton)


        self.outerLayout.addLayout(self.buttonLayout)

        self.bottomSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.serverLabel.setBuddy(self.serverEdit)
        self.agentLabel.setBuddy(self.agentEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.serverEdit, self.agentEdit)
        QWidget.setTabOrder(self.agentEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.rememberCheck)
        QWidget.setTabOrder(self.rememberCheck, self.signInButton)

        self.retranslateUi(SignInForm)

        self.signInButton.setDefault(True)


        QMetaObject.connectSlotsByName(SignInForm)
    # setupUi

    def retranslateUi(self, SignInForm):
        SignInForm.setWindowTitle(QCoreApplication.translate("SignInForm", u"Sign in", None))
        self.titleLabel.setText(QCoreApplication.translate("SignInForm", u"Agent workstation", None))
        self.subtitleLabel.setText(QCoreApplication.translate("SignInForm", u"Sign in with your agent ID", None))
        self.serverLabel.setText(QCoreApplication.translate("SignInForm", u"&Server:", None))
        self.serverEdit.setPlaceholderText(QCoreApplication.translate("SignInForm", u"http://server:8080", None))
        self.agentLabel.setText(QCoreApplication.translate("SignInForm", u"&Agent ID:", None))
        self.passwordLabel.setText(QCoreApplication.translate("SignInForm", u"&Password:", None))
        self.rememberCheck.setText(QCoreApplication.translate("SignInForm", u"&Remember me", None))
#if QT_CONFIG(tooltip)
        self.rememberCheck.setToolTip(QCoreApplication.translate("SignInForm", u"Your password is kept in this computer's system keyring.", None))
#endif // QT_CONFIG(tooltip)
        self.signInButton.setText(QCoreApplication.translate("SignInForm", u"Sign &in", None))
    # retranslateUi

