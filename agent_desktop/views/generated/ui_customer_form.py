# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'customer_form.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_CustomerForm(object):
    def setupUi(self, CustomerForm):
        if not CustomerForm.objectName():
            CustomerForm.setObjectName(u"CustomerForm")
        CustomerForm.resize(420, 300)
        self.outerLayout = QVBoxLayout(CustomerForm)
        self.outerLayout.setObjectName(u"outerLayout")
        self.headingLabel = QLabel(CustomerForm)
        self.headingLabel.setObjectName(u"headingLabel")

        self.outerLayout.addWidget(self.headingLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(CustomerForm)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(CustomerForm)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.companyLabel = QLabel(CustomerForm)
        self.companyLabel.setObjectName(u"companyLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.companyLabel)

        self.companyEdit = QLineEdit(CustomerForm)
        self.companyEdit.setObjectName(u"companyEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.companyEdit)

        self.phonesLabel = QLabel(CustomerForm)
        self.phonesLabel.setObjectName(u"phonesLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.phonesLabel)

        self.phonesEdit = QLineEdit(CustomerForm)
        self.phonesEdit.setObjectName(u"phonesEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.phonesEdit)

        self.tagsLabel = QLabel(CustomerForm)
        self.tagsLabel.setObjectName(u"tagsLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.tagsLabel)

        self.tagsEdit = QLineEdit(CustomerForm)
        self.tagsEdit.setObjectName(u"tagsEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.tagsEdit)

        self.notesLabel = QLabel(CustomerForm)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(CustomerForm)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMaximumSize(QSize(16777215, 80))

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.outerLayout.addLayout(self.formLayout)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(CustomerForm)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonLayout.addWidget(self.cancelButton)

        self.saveButton = QPushButton(CustomerForm)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonLayout.addWidget(self.saveButton)


        self.outerLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.companyLabel.setBuddy(self.companyEdit)
        self.phonesLabel.setBuddy(self.phonesEdit)
        self.tagsLabel.setBuddy(self.tagsEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CustomerForm)

        QMetaObject.connectSlotsByName(CustomerForm)
    # setupUi

    def retranslateUi(self, CustomerForm):
        self.headingLabel.setText(QCoreApplication.translate("CustomerForm", u"New customer", None))
        self.nameLabel.setText(QCoreApplication.translate("CustomerForm", u"&Name:", None))
        self.companyLabel.setText(QCoreApplication.translate("CustomerForm", u"&Company:", None))
        self.phonesLabel.setText(QCoreApplication.translate("CustomerForm", u"&Phones:", None))
        self.phonesEdit.setPlaceholderText(QCoreApplication.translate("CustomerForm", u"separate numbers with commas", None))
        self.tagsLabel.setText(QCoreApplication.translate("CustomerForm", u"&Tags:", None))
        self.tagsEdit.setPlaceholderText(QCoreApplication.translate("CustomerForm", u"vip, enterprise", None))
        self.notesLabel.setText(QCoreApplication.translate("CustomerForm", u"N&otes:", None))
        self.cancelButton.setText(QCoreApplication.translate("CustomerForm", u"Cancel", None))
        self.saveButton.setText(QCoreApplication.translate("CustomerForm", u"&Save customer", None))
        pass
    # retranslateUi

